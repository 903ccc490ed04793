// Fails while the module loads: the cold start itself fails.
throw new RangeError('Configuration is missing');

export const handler = async () => 'never';
