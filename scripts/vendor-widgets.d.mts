export function vendorWidgets(): string;
