// Methods of this domain. Each entry: 'domain.verb': query<Output>()(inputSchema) or command<Output>()(inputSchema).
export const progressApi = {};
