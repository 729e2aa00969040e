/** The SOP diagram's words (src/site/sop-flow.ts), zh-CN and en. */
import type { Locale } from './locale.ts';

/**
 * The words of the diagram. `{name}` placeholders are filled in; everything is XML-escaped after.
 * Defaults for both locales are in `SOP_FLOW_LABELS`.
 */
export interface SopFlowLabels {
  /** Text of the start node. */
  start: string;
  /** Text of the end node. */
  end: string;
  /** First line of an escalation box; `{role}` is the role escalated to. */
  escalateTo: string;
  /** Second line of an escalation box, when the escalation has `after`; `{after}` is the duration. */
  escalateAfter: string;
  /** The diagram's accessible name (its `<title>`); `{title}` is the SOP's title. */
  diagramTitle: string;
  /** First sentence of the `<desc>`; `{count}` is the number of steps. */
  descIntro: string;
  /** One step in the `<desc>`; `{n}`, `{title}`, `{role}`. */
  descStep: string;
  /** A step's time limit in the `<desc>`; `{limit}`. */
  descTimeLimit: string;
  /** An escalation without `after` in the `<desc>`; `{role}`. */
  descEscalateTo: string;
  /** An escalation with `after` in the `<desc>`; `{role}`, `{after}`. */
  descEscalateAfter: string;
  /** A branch in the `<desc>`; `{when}`, `{n}` (the target step's number), `{title}` (its title). */
  descBranch: string;
  /** The plain next step in the `<desc>`; `{n}`, `{title}`. */
  descNext: string;
  /** The end of the procedure after a step, in the `<desc>`. */
  descEnd: string;
}

export const SOP_FLOW_LABELS: Readonly<Record<Locale, Readonly<SopFlowLabels>>> = {
  'zh-CN': {
    start: '开始',
    end: '结束',
    escalateTo: '升级至{role}',
    escalateAfter: '超过 {after}',
    diagramTitle: '流程图：{title}',
    descIntro: '共 {count} 个步骤。',
    descStep: '第 {n} 步：{title}，由{role}负责。',
    descTimeLimit: '时限 {limit}。',
    descEscalateTo: '无法完成时升级至{role}。',
    descEscalateAfter: '超过 {after} 未完成时升级至{role}。',
    descBranch: '如果{when}，转到第 {n} 步。',
    descNext: '然后进行第 {n} 步。',
    descEnd: '然后流程结束。',
  },
  en: {
    start: 'Start',
    end: 'End',
    escalateTo: 'Escalate to {role}',
    escalateAfter: 'after {after}',
    diagramTitle: 'Flow diagram: {title}',
    descIntro: '{count} steps.',
    descStep: 'Step {n}: {title}, by {role}.',
    descTimeLimit: 'Time limit: {limit}.',
    descEscalateTo: 'If it cannot be done, it escalates to {role}.',
    descEscalateAfter: 'If it is not done within {after}, it escalates to {role}.',
    descBranch: 'If “{when}”: go to step {n}.',
    descNext: 'Then step {n}.',
    descEnd: 'Then the procedure ends.',
  },
};
