export interface WebConfig {
  issuer: string;
  clientId: string;
  resource: string;
}

let config: Promise<WebConfig> | undefined;

/** Where to sign in: served by the platform next to the pages, so one build runs in every stage. */
export const webConfig = (): Promise<WebConfig> => {
  config ??= fetch('/web-config.json', { credentials: 'omit' }).then((res) => {
    if (!res.ok) throw new Error(`web config: HTTP ${res.status}`);
    return res.json() as Promise<WebConfig>;
  });
  return config;
};
