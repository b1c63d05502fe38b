// Minimal typings for oidc-provider@9 (it ships none), covering what the local provider uses.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export interface KoaContextWithOIDC {
    oidc: {
      params?: Record<string, unknown>;
      client?: ClientInstance;
      entity(name: string, value: unknown): void;
    };
    type: string;
    body: unknown;
    status: number;
  }
  export interface ClientInstance { clientId: string; clientName?: string }
  export interface AccountClaims { sub: string; [claim: string]: unknown }
  export interface Account { accountId: string; claims(use: string, scope: string): Promise<AccountClaims> | AccountClaims }
  export interface InteractionDetails { uid: string; grantId?: string; params: Record<string, unknown>; prompt: { name: string } }
  export interface GrantInstance {
    addOIDCScope(scope: string): void;
    addResourceScope(resource: string, scope: string): void;
    save(): Promise<string>;
  }
  export interface AccessTokenInstance { resourceServer: unknown; expiration: number; save(): Promise<string> }

  export class Provider {
    constructor(issuer: string, configuration: Record<string, unknown>);
    readonly issuer: string;
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    registerGrantType(name: string, handler: (ctx: KoaContextWithOIDC) => Promise<void>, params?: string | string[]): void;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<InteractionDetails>;
    interactionFinished(req: IncomingMessage, res: ServerResponse, result: Record<string, unknown>, options?: { mergeWithLastSubmission?: boolean }): Promise<void>;
    Grant: { new (args: { accountId: string; clientId: string }): GrantInstance; find(id: string): Promise<GrantInstance | undefined> };
    AccessToken: new (args: Record<string, unknown>) => AccessTokenInstance;
    Client: { find(id: string): Promise<ClientInstance | undefined> };
  }
  export const errors: {
    InvalidGrant: new (description?: string) => Error;
    InvalidTarget: new (description?: string) => Error;
  };
  export default Provider;
}
