import { openWelcomeOnInstall } from '../src/firstrun';
import { startStorageService } from '../src/storage/service';
import { startHostRegistrations } from '../src/hosts';
import { startTeachMenu } from '../src/teach/menu';
import { startLazyService } from '../src/lazy/service';

export default defineBackground(() => {
  openWelcomeOnInstall();
  startStorageService();
  startHostRegistrations();
  startTeachMenu();
  startLazyService();
});
