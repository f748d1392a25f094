import { openWelcomeOnInstall } from '../src/firstrun';
import { startStorageService } from '../src/storage/service';
import { startHostRegistrations } from '../src/hosts';
import { startTeachMenu } from '../src/teach/menu';

export default defineBackground(() => {
  openWelcomeOnInstall();
  startStorageService();
  startHostRegistrations();
  startTeachMenu();
});
