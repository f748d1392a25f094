import { openWelcomeOnInstall } from '../src/firstrun';
import { startStorageService } from '../src/storage/service';
import { startHostRegistrations } from '../src/hosts';

export default defineBackground(() => {
  openWelcomeOnInstall();
  startStorageService();
  startHostRegistrations();
});
