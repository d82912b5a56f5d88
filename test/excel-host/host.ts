/**
 * The host side of Office.js: answers the requests that Microsoft's client library sends through its
 * native bridge, as Excel does — one request per `context.sync()`, its actions carried out in order against
 * the workbook model, the first refused action ending the request with Excel's error code and the index of
 * that action (the library maps it back to the statement), everything before it staying done.
 */
import { HostError } from "./errors";
import { WorkbookObject, type Env, type HostObject, type HostOptions } from "./model";
import type { WorkbookState } from "./state";

/** ObjectPathType and ActionType of the RichApi protocol (OfficeExtension's ObjectPathFactory/ActionFactory). */
const PATH = {
  global: 1,
  newObject: 2,
  method: 3,
  property: 4,
  indexer: 5,
  referenceId: 6,
  nullObject: 7,
} as const;
const ACTION = { instantiate: 1, query: 2, method: 3, setProperty: 4, trace: 5 } as const;

interface ArgumentInfo {
  readonly Arguments?: unknown[];
  readonly ReferencedObjectPathIds?: number[];
}

interface ObjectPathInfo {
  readonly Id: number;
  readonly ObjectPathType: number;
  readonly Name: string;
  readonly ParentObjectPathId?: number;
  readonly ArgumentInfo?: ArgumentInfo;
}

interface Action {
  readonly Id: number;
  readonly ActionType: number;
  readonly Name: string;
  readonly ObjectPathId: number;
  readonly ArgumentInfo?: ArgumentInfo;
  readonly QueryInfo?: { readonly Select?: string[]; readonly Expand?: string[] };
}

export interface RequestBody {
  readonly Actions: Action[];
  readonly ObjectPaths: Record<string, ObjectPathInfo>;
}

export interface SyncRecord {
  /** 1-based, across all Excel.run calls against this host. */
  readonly index: number;
  /** Actions that change or call something (methods and property sets), not navigation or queries. */
  readonly operations: number;
  /** UTF-8 bytes of the request body as the library sent it. */
  readonly bytes: number;
  /** UTF-8 bytes of the answer's body. */
  readonly responseBytes: number;
  readonly calculationSuspended: boolean;
  readonly failed?: string;
}

export interface Answer {
  readonly statusCode: number;
  readonly body: unknown;
}

const encoder = new TextEncoder();
export const utf8Length = (text: string): number => encoder.encode(text).length;

/** Source: "Resource limits and performance optimization for Office Add-ins" — Excel on the web: 5 MB per request and per response. */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export class ExcelRequestProcessor {
  readonly syncs: SyncRecord[] = [];
  /** Every request body, when recording (golden request files). */
  requests: RequestBody[] | undefined;
  actionsSeen = 0;

  constructor(
    readonly env: Env,
    readonly options: () => HostOptions,
  ) {}

  process(body: RequestBody): Answer {
    const index = this.syncs.length + 1;
    const requestText = JSON.stringify(body);
    const bytes = utf8Length(requestText);
    this.requests?.push(JSON.parse(requestText) as RequestBody);
    this.actionsSeen += body.Actions.length;
    const operations = body.Actions.filter(
      (a) => a.ActionType === ACTION.method || a.ActionType === ACTION.setProperty,
    ).length;
    const record = (responseBytes: number, failed?: string) =>
      this.syncs.push({
        index,
        operations,
        bytes,
        responseBytes,
        calculationSuspended: this.env.calculationSuspended,
        ...(failed ? { failed } : {}),
      });
    const limit = this.options().payloadLimit ?? WEB_PAYLOAD_LIMIT;
    const fail = this.options().failOnSync;
    this.env.calculationSuspended = false;
    if (bytes > limit) {
      record(0, "RequestPayloadSizeLimitExceeded");
      return requestError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size has exceeded the limit (${bytes} > ${limit} bytes).`,
        413,
      );
    }
    if (fail && fail.sync === index && fail.afterOperations === undefined) {
      record(0, fail.code ?? "GeneralException");
      return requestError(fail.code ?? "GeneralException", `Injected failure of request ${index}.`, 500);
    }
    const { results, error } = this.run(body, fail && fail.sync === index ? fail : undefined);
    // The suspension call itself is one operation; anything more was written without calculation.
    if (this.env.calculationSuspended && operations > 1) this.env.state.calculationPending = true;
    const answer = error ? { Results: results, Error: error } : { Results: results };
    const responseBytes = utf8Length(JSON.stringify(answer));
    const responseLimit = this.options().responseLimit ?? WEB_PAYLOAD_LIMIT;
    if (responseBytes > responseLimit) {
      record(responseBytes, "ResponsePayloadSizeLimitExceeded");
      return requestError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size has exceeded the limit (${responseBytes} > ${responseLimit} bytes).`,
        500,
      );
    }
    record(responseBytes, error?.Code);
    this.env.calculationSuspended = false;
    return { statusCode: 200, body: answer };
  }

  private run(body: RequestBody, fail: HostOptions["failOnSync"]) {
    const objects = new Map<number, HostObject | null>();
    const results: { ActionId: number; Value: unknown }[] = [];
    const resolve = (id: number): HostObject | null => {
      if (objects.has(id)) return objects.get(id)!;
      const info = body.ObjectPaths[String(id)];
      if (!info) throw new HostError("InvalidObjectPath", `Object path ${id} is not in the request.`);
      const object = this.resolvePath(info, resolve);
      objects.set(id, object);
      return object;
    };
    for (let i = 0; i < body.Actions.length; i++) {
      const action = body.Actions[i]!;
      try {
        if (fail?.afterOperations !== undefined && i >= fail.afterOperations)
          throw new HostError(
            fail.code ?? "GeneralException",
            `Injected failure after ${fail.afterOperations} actions.`,
          );
        const value = this.act(action, resolve, body);
        if (value !== NO_RESULT) results.push({ ActionId: action.Id, Value: value });
      } catch (error) {
        const hostError =
          error instanceof HostError
            ? error
            : new HostError(
                "GeneralException",
                error instanceof Error ? `${error.message}\n${error.stack}` : String(error),
              );
        return {
          results,
          error: {
            Code: hostError.code,
            Message: hostError.message,
            ActionIndex: i,
            Location: hostError.location ?? "",
          },
        };
      }
    }
    return { results, error: undefined };
  }

  private resolvePath(info: ObjectPathInfo, resolve: (id: number) => HostObject | null): HostObject | null {
    const parent = () => {
      if (info.ParentObjectPathId === undefined)
        throw new HostError("InvalidObjectPath", "The object path has no parent.");
      return resolve(info.ParentObjectPathId);
    };
    const args = () => this.args(info.ArgumentInfo, resolve);
    switch (info.ObjectPathType) {
      case PATH.global:
        return new WorkbookObject(this.env);
      case PATH.nullObject:
        return null;
      case PATH.property: {
        const p = parent();
        return p === null ? null : p.property(info.Name);
      }
      case PATH.method: {
        const p = parent();
        if (p === null) return null;
        const result = p.method(info.Name, args());
        return result === null || result === undefined ? null : (result as HostObject);
      }
      case PATH.indexer: {
        const p = parent();
        return p === null ? null : p.indexer(args());
      }
      default:
        throw new HostError(
          "InvalidObjectPath",
          `Object path type ${info.ObjectPathType} is not supported by the host.`,
        );
    }
  }

  private args(info: ArgumentInfo | undefined, resolve: (id: number) => HostObject | null): unknown[] {
    const args = [...(info?.Arguments ?? [])];
    info?.ReferencedObjectPathIds?.forEach((id, i) => {
      if (id) args[i] = resolve(id);
    });
    return args;
  }

  private act(action: Action, resolve: (id: number) => HostObject | null, body: RequestBody): unknown {
    switch (action.ActionType) {
      case ACTION.instantiate: {
        const object = resolve(action.ObjectPathId);
        return object === null ? null : object.identity();
      }
      case ACTION.query: {
        const object = resolve(action.ObjectPathId);
        return object === null ? null : query(object, action.QueryInfo?.Select, action.QueryInfo?.Expand);
      }
      case ACTION.method: {
        const object = resolve(action.ObjectPathId);
        if (object === null) return null;
        const value = object.method(action.Name, this.args(action.ArgumentInfo, resolve));
        return value === undefined || isHostObject(value) ? null : value;
      }
      case ACTION.setProperty: {
        const object = resolve(action.ObjectPathId);
        if (object !== null) object.set(action.Name, action.ArgumentInfo?.Arguments?.[0]);
        return NO_RESULT;
      }
      case ACTION.trace:
        // Answered like any action: the library runs a trace marker's callback (e.g. registering an event
        // handler) when its result arrives.
        return null;
      default:
        void body;
        throw new HostError(
          "InvalidArgument",
          `Action type ${action.ActionType} is not supported by the host.`,
        );
    }
  }
}

const NO_RESULT = Symbol("no result");

function isHostObject(value: unknown): value is HostObject {
  return typeof value === "object" && value !== null && "identity" in value && "scalars" in value;
}

const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** A query's answer: the selected scalars (PascalCase), navigation paths nested, collections as _Items. */
function query(object: HostObject, select?: readonly string[], expand?: readonly string[]): unknown {
  if (object.items) {
    const inner = select?.map((s) => s.replace(/^items\//, ""));
    const innerExpand = expand?.map((s) => s.replace(/^items\//, ""));
    return {
      _Items: object
        .items()
        .map((item) => ({ ...item.identity(), ...(query(item, inner, innerExpand) as object) })),
    };
  }
  const direct = select?.filter((s) => !s.includes("/")).map(pascal);
  const nested = select?.filter((s) => s.includes("/")) ?? [];
  const out: Record<string, unknown> =
    select && direct!.length === 0 ? {} : object.scalars(select ? direct : undefined);
  const byChild = new Map<string, string[]>();
  for (const path of nested) {
    const [head = "", ...rest] = path.split("/");
    byChild.set(head, [...(byChild.get(head) ?? []), rest.join("/")]);
  }
  for (const name of expand ?? []) if (!byChild.has(name)) byChild.set(name, []);
  for (const [head, rest] of byChild) {
    const child = object.property(pascal(head));
    out[pascal(head)] =
      child === null ? null : query(child, rest.length > 0 && rest.every(Boolean) ? rest : undefined);
  }
  return out;
}

function requestError(code: string, message: string, statusCode: number): Answer {
  return { statusCode, body: { error: { code, message } } };
}

export type { WorkbookState };
