import { Construct } from 'constructs';
import {
  AttributeType,
  BillingMode,
  ProjectionType,
  Table,
  TableEncryption,
  type Attribute,
  type GlobalSecondaryIndexProps,
} from 'aws-cdk-lib/aws-dynamodb';
import type { GlobalSecondaryIndexDeclaration, KeyAttribute, TableDeclaration } from '../../model/declaration.ts';
import type { TableNames } from '../../model/table-names.ts';
import type { StageConfig } from '../stages.ts';

export interface ApiTablesProps {
  tables: TableDeclaration[];
  /** Each table's physical name in this stage, the one its resolvers are bundled with. */
  names: TableNames;
  stage: StageConfig;
}

/**
 * The declared tables, named `<api>-<stage>-<Table>`: fixed per stage because the resolver
 * bundles carry them (model/bundle/resolvers.ts). A named table cannot be replaced by
 * CloudFormation: a change that needs a new table (its keys) is a new table in the declaration
 * and a data migration, never an update in place (README, "Table names").
 */
export class ApiTables extends Construct {
  private readonly tables = new Map<string, { table: Table; declaration: TableDeclaration }>();

  constructor(scope: Construct, id: string, { tables, names, stage }: ApiTablesProps) {
    super(scope, id);
    for (const declaration of tables) {
      const table = new Table(this, declaration.name, {
        tableName: names[declaration.name],
        partitionKey: attribute(declaration.partitionKey),
        sortKey: declaration.sortKey && attribute(declaration.sortKey),
        billingMode: BillingMode.PAY_PER_REQUEST,
        pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
        encryption: TableEncryption.AWS_MANAGED,
        timeToLiveAttribute: declaration.timeToLiveAttribute,
        removalPolicy: stage.removalPolicy,
        deletionProtection: stage.deletionProtection,
      });
      for (const index of declaration.globalSecondaryIndexes ?? []) table.addGlobalSecondaryIndex(indexProps(index));
      this.tables.set(declaration.name, { table, declaration });
    }
  }

  get names(): string[] {
    return [...this.tables.keys()];
  }

  get(name: string): Table {
    return this.entry(name).table;
  }

  /** What IAM must name to reach the table's items: the table and each declared index, by name. */
  resourceArns(name: string): string[] {
    const { table, declaration } = this.entry(name);
    return [table.tableArn, ...(declaration.globalSecondaryIndexes ?? []).map((index) => `${table.tableArn}/index/${index.name}`)];
  }

  private entry(name: string) {
    const entry = this.tables.get(name);
    if (!entry) throw new Error(`Table "${name}" is not declared; declared tables: ${this.names.join(', ')}`);
    return entry;
  }
}

const ATTRIBUTE_TYPES = { S: AttributeType.STRING, N: AttributeType.NUMBER, B: AttributeType.BINARY } as const;

function attribute(key: KeyAttribute): Attribute {
  return { name: key.name, type: ATTRIBUTE_TYPES[key.type] };
}

function indexProps(index: GlobalSecondaryIndexDeclaration): GlobalSecondaryIndexProps {
  const keys = { indexName: index.name, partitionKey: attribute(index.partitionKey), sortKey: index.sortKey && attribute(index.sortKey) };
  if (index.projection === undefined || index.projection === 'ALL') return { ...keys, projectionType: ProjectionType.ALL };
  if (index.projection === 'KEYS_ONLY') return { ...keys, projectionType: ProjectionType.KEYS_ONLY };
  return { ...keys, projectionType: ProjectionType.INCLUDE, nonKeyAttributes: index.projection };
}
