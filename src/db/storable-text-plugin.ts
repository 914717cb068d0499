// Every value the app writes goes through this Kysely plugin, so text PostgreSQL cannot
// store never turns a request into a 500: a NUL character (which text and jsonb refuse)
// and an unpaired UTF-16 surrogate. Imports cleaned their own text already (clean-text.ts);
// fuzzing the API found the same failure in every other form and body that takes free
// text (a note, a name, a comment), so it is mended once, here, for all of them. A string
// holding JSON with such escapes (a jsonb value made by JSON.stringify) is cleaned inside.
import {
  type KyselyPlugin,
  OperationNodeTransformer,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type PrimitiveValueListNode,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
  type ValueNode,
} from "kysely";
import { cleanText, storableJson } from "../core/clean-text.js";

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding NUL is the point.
const UNSTORABLE = /[\u0000\ud800-\udfff]/;
const UNSTORABLE_ESCAPE = /\\u0000|\\ud[89a-f][0-9a-f]{2}/i;

export function storableValue(value: unknown): unknown {
  if (typeof value !== "string") return value;
  if (UNSTORABLE.test(value)) value = cleanText(value);
  const text = value as string;
  const first = text.trimStart()[0];
  if ((first === "{" || first === "[") && UNSTORABLE_ESCAPE.test(text)) {
    try {
      return storableJson(JSON.parse(text));
    } catch {
      return text; // not JSON after all: a text that merely starts with a bracket
    }
  }
  return text;
}

class StorableText extends OperationNodeTransformer {
  protected override transformValue(node: ValueNode): ValueNode {
    const value = storableValue(node.value);
    return value === node.value ? node : { ...node, value };
  }
  protected override transformPrimitiveValueList(node: PrimitiveValueListNode): PrimitiveValueListNode {
    const values = node.values.map(storableValue);
    return values.every((v, i) => v === node.values[i]) ? node : { ...node, values };
  }
}

export class StorableTextPlugin implements KyselyPlugin {
  readonly #transformer = new StorableText();
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.#transformer.transformNode(args.node);
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}
