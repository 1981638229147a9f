import { defineHandlers } from './define';

export const dataHandlers = defineHandlers({});
