import { testRule } from "../support/rule-tester.ts";
import { connector } from "../support/samples.ts";

const withAuth = (auth: object, extra: object = {}) => ({ "connectors/c.json": { ...connector, auth_methods: [{ type: "api_key", ...auth }], ...extra } });
const fake = (prefix: string, n: number) => prefix + "aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dE3fG5hJ7kL9".slice(0, n);

testRule("secret/credential", {
  valid: [
    { name: "secret names, never values", files: withAuth({ secret_name: "ACME_CRM_TOKEN", api_key: "ACME_API_KEY", token: "${{ secrets.CRM_TOKEN }}", password: "<set in the vault>" }) },
    { name: "hashes under a key that says so", files: withAuth({}, { ext: { schema_sha256: "9f2c1a7b3e8d4f6a0b5c9e1d7f3a8b2c6e0d4f9a1b5c7e3d8f2a6b0c4e9d1f7a" } }) },
  ],
  invalid: [
    { name: "an OpenAI key", files: withAuth({ example: fake("sk-proj-", 40) }), findings: [{ file: "connectors/c.json", message: /holds an API secret key .*sk-p…/ }] },
    { name: "a GitHub token", files: withAuth({ description: `use ${fake("ghp_", 36)}` }), findings: [{ file: "connectors/c.json", message: /a GitHub token/ }] },
    { name: "an AWS key id", files: withAuth({}, { ext: { aws: "AKIAIOSFODNN7EXAMPLE" } }), findings: [{ file: "connectors/c.json", message: /an AWS access key id/ }] },
    { name: "a private key", files: withAuth({}, { ext: { key: "-----BEGIN RSA PRIVATE KEY-----\nMIIE...\n-----END RSA PRIVATE KEY-----" } }), findings: [{ file: "connectors/c.json", message: /a private key/ }] },
    { name: "a password in a URL", files: withAuth({}, { ext: { dsn: "postgres://app:hunter2@db.internal:5432/crm" } }), findings: [{ file: "connectors/c.json", message: /a URL with a password/ }] },
    { name: "a literal under a credential key", files: withAuth({ password: "correct horse battery staple" }), findings: [{ file: "connectors/c.json", message: /"password" holds a credential value \(corr…/, hint: /"password_secret": "PASSWORD"/ }] },
    { name: "a random-looking string", files: withAuth({}, { ext: { blob: "Zx81Kq0Lm3Vb7Nc2Wd9Ye4Rf6Tg5Hj1Uk8Il0Op3As7Df2Gh" } }), findings: [{ file: "connectors/c.json", message: /looks like a random credential/ }] },
    { name: "in a schema's examples too", files: { "schemas/ds.x_y_v1.schema.json": { $id: "https://x.example/ds.x_y_v1.schema.json", examples: [{ key: fake("sk-", 30) }] } }, findings: [{ file: "schemas/ds.x_y_v1.schema.json", message: /examples\.key holds an API secret key/ }] },
  ],
});
