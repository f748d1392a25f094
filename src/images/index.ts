// The image module's public surface: the only canvas/encoder code of the extension.
export * from './format';
export * from './geometry';
export * from './presets';
export * from './search';
export * from './checks';
export * from './pipeline';
export * from './ssim';
