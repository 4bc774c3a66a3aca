import type { Component, ComponentId } from '../../model/components';
import type { Deployment } from '../../model/deployed';
import { gateSettings } from '../../model/gate';
import type { ControlStatus } from './checks/check';

/** The report's verdict on one control, from the deployment model. */
export interface Judgement {
  readonly status: ControlStatus;
  readonly why: string;
  /** The components that satisfy (or fail) it, as `<stack>/<component id>`. */
  readonly resources: readonly string[];
}

const STACK_OF: Record<Component['account'], string> = { management: 'management', logArchive: 'log-archive', security: 'security' };

export function componentRef(component: Component): string {
  return `${STACK_OF[component.account]}/${component.id}`;
}

export function deployed(deployment: Deployment, id: ComponentId): Component | undefined {
  return deployment.components.find((c) => c.id === id);
}

export function refs(deployment: Deployment, ids: readonly ComponentId[]): string[] {
  return ids.flatMap((id) => {
    const component = deployed(deployment, id);
    return component === undefined ? [] : [componentRef(component)];
  });
}

/** Why a component is not deployed for these purposes: each setting of its gate that is off, with that setting's own reason. */
export function whyAbsent(deployment: Deployment, model: { components: Readonly<Record<ComponentId, Component | undefined>> }, id: ComponentId): string {
  const gate = model.components[id]?.gate;
  const settings = gate === undefined ? [] : gateSettings(gate).filter((name) => !deployment.settings[name].value);
  if (settings.length === 0) return `${id} is not part of this configuration`;
  return settings.map((name) => `${name} is off for ${deployment.purposes.join(', ')}: ${deployment.settings[name].reason}`).join(' ');
}

export const met = (why: string, resources: readonly string[]): Judgement => ({ status: 'met', why, resources });
export const notMet = (why: string, resources: readonly string[]): Judgement => ({ status: 'not met', why, resources });
export const notApplicable = (why: string): Judgement => ({ status: 'not applicable', why, resources: [] });
