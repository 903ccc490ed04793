import { createHmac, randomBytes } from 'node:crypto';

/** The account every local ARN names (the convention of local AWS emulators). */
export const LOCAL_ACCOUNT_ID = '000000000000';

export interface LocalCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
}

/** A backend principal as AppSync sees it: a role session with temporary credentials, like a Lambda's. */
export interface LocalPrincipal {
  name: string;
  roleArn: string;
  /** `AROA…`: the unique id IAM gives a role; AppSync's `ctx.identity.username` is `<roleId>:<session>`. */
  roleId: string;
  sessionName: string;
  userArn: string;
  credentials: LocalCredentials;
}

/**
 * The credentials the runtime hands its Lambda handlers and workflow tasks, one role per principal
 * named in the declaration's grants (or asked for by name). They are minted per runtime, so nothing
 * outside this process can sign as a principal.
 */
export class LocalIam {
  private readonly byName = new Map<string, LocalPrincipal>();
  private readonly byAccessKey = new Map<string, LocalPrincipal>();

  constructor(
    readonly region: string,
    readonly accountId = LOCAL_ACCOUNT_ID,
    private readonly secret: Buffer = randomBytes(32),
  ) {}

  principal(name: string): LocalPrincipal {
    const known = this.byName.get(name);
    if (known) return known;
    const derive = (purpose: string, alphabet: string, length: number) =>
      [...createHmac('sha256', this.secret).update(`${purpose}/${name}`).digest()]
        .slice(0, length)
        .map((b) => alphabet[b % alphabet.length])
        .join('');
    const upper = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
    const principal: LocalPrincipal = {
      name,
      roleArn: `arn:aws:iam::${this.accountId}:role/${name}`,
      roleId: `AROA${derive('role', upper, 17)}`,
      sessionName: name,
      userArn: `arn:aws:sts::${this.accountId}:assumed-role/${name}/${name}`,
      credentials: {
        accessKeyId: `ASIA${derive('key', upper, 16)}`,
        secretAccessKey: createHmac('sha256', this.secret).update(`secret/${name}`).digest('base64').slice(0, 40),
        sessionToken: createHmac('sha256', this.secret).update(`session/${name}`).digest('base64'),
      },
    };
    this.byName.set(name, principal);
    this.byAccessKey.set(principal.credentials.accessKeyId, principal);
    return principal;
  }

  principalOfAccessKey(accessKeyId: string): LocalPrincipal | undefined {
    return this.byAccessKey.get(accessKeyId);
  }

  /** The environment a Lambda handler of this principal runs with: the SDK's standard variables. */
  environmentFor(name: string): Record<string, string> {
    const { credentials } = this.principal(name);
    return {
      AWS_ACCESS_KEY_ID: credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      AWS_SESSION_TOKEN: credentials.sessionToken,
      AWS_REGION: this.region,
      AWS_DEFAULT_REGION: this.region,
    };
  }
}
