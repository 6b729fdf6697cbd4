export * from './allowed-signers';
export * from './signature';
export * from './ssh-key';
