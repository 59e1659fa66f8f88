-- Secrets are stored sealed (AES-GCM with a key kept outside the database, SecretBox): room for the nonce, the tag and
-- the key's id. SecretsAtRest seals the rows written before, at start-up.
ALTER TABLE twilio_settings ALTER COLUMN auth_token SET DATA TYPE VARCHAR(512);
ALTER TABLE module_secret ALTER COLUMN secret_value SET DATA TYPE VARCHAR(512);
