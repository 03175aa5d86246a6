/** Test helpers (never imported by the app): actions run against an engine in the test, boxes answered by rule. */
import type { Command, CommandResult } from '../../protocol';
import type { Engine } from '../../sim';
import { buildActionContext } from '../context';
import { configureActionEnv } from '../env';
import type { ActionContext, MessageBoxButton, MessageBoxSpec } from '../types';

/**
 * Sends the actions' commands to `engine` and answers each message box with `answer(spec, n)` (n counts
 * from 1). Records both; `restore()` puts the real environment back.
 */
export function engineActionEnv(engine: Engine, answer: (spec: MessageBoxSpec, n: number) => MessageBoxButton) {
  const sent: Command[] = [];
  const boxes: MessageBoxSpec[] = [];
  const restore = configureActionEnv({
    execute: (command) => {
      sent.push(command);
      return Promise.resolve<CommandResult>(engine.execute(command));
    },
    messageBox: (spec) => {
      boxes.push(spec);
      return Promise.resolve(answer(spec, boxes.length));
    },
  });
  return { sent, boxes, restore };
}

/** The action context of VM `name` on `host` as the engine holds it now. */
export function engineContext(engine: Engine, host: string, name: string): ActionContext {
  const vm = structuredClone(engine.world.findVm(host, name) ?? null);
  return buildActionContext({
    locale: 'en',
    hostName: host,
    host: null,
    vm,
    relationships: (vm?.relationships ?? []).map((id) => structuredClone(engine.world.rels.get(id))),
  });
}
