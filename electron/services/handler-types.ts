import type { MethodName, Output, ParsedInput } from '../../shared/api/contract';
import type { ServiceContext } from './context';

export type Handler<M extends MethodName> = (input: ParsedInput<M>, ctx: ServiceContext) => Promise<Output<M>>;

export type Handlers = { [M in MethodName]: Handler<M> };

/** The handlers of one domain: every method whose name starts with `${Domain}.`. */
export type DomainHandlers<Domain extends string> = {
  [M in MethodName as M extends `${Domain}.${string}` ? M : never]: Handler<M>;
};
