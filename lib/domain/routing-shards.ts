/** Unrouted messages are indexed in this many shards, so that intake at peak does not write one index partition. */
export const ROUTING_SHARDS = 10;

/** The shard of a message: a digit of its random number (not the check digit, which depends on the others). */
export const routingShardOf = (messageId: string): string => `UNROUTED#${messageId.at(-2) ?? '0'}`;

export const allRoutingShards = (): string[] => Array.from({ length: ROUTING_SHARDS }, (_, digit) => `UNROUTED#${digit}`);
