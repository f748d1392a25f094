// The profile's public face: schema, versions and migrations, merge.
export * from './schema';
export * from './versions';
export * from './merge';
