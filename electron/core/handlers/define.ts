import type { MethodName } from '../../shared/contract';
import type { HandlerMap } from '../registry';

/** Declares a domain's handlers; the type checks each against the contract. */
export const defineHandlers = <N extends MethodName>(map: HandlerMap<N>): HandlerMap<N> => map;
