// Thin: the photo pipeline in an extension-origin frame (src/lazy/photo-frame.ts).
import { servePhotoFrame } from '../../src/lazy/photo-frame-host';

servePhotoFrame(window);
