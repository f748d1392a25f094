import { openWelcomeOnInstall } from '../src/firstrun';
import { startStorageService } from '../src/storage/service';

export default defineBackground(() => {
  openWelcomeOnInstall();
  startStorageService();
});
