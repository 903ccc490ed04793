/** A handler exported under a name of its own (`handler: 'main'` in the declaration). */
export const main = async (event: { name: string }) => `hello ${event.name}`;
