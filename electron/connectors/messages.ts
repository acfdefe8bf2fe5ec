// The catalogue keys behind each connector's `manualStepsKey`; the texts live in shared/i18n/messages.
import { CONNECTOR_STEPS_TEXT } from '../../shared/i18n/messages/connector-steps';

export const CONNECTOR_MESSAGES: Record<string, { nl: string; en: string }> = Object.fromEntries(
  Object.entries(CONNECTOR_STEPS_TEXT).map(([platform, text]) => [`connector.${platform}.manualSteps`, text]),
);
