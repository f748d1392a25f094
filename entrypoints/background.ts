import { startStorageService } from '../src/storage/service';

export default defineBackground(() => {
  startStorageService();
});
