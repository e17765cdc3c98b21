export * from './framework-definitions';
export * from './qualification-facts';
export * from './qualify-account';
export * from './crm-field-labels';
export * from './crm-copy';
