// A registry stand-in for transport errors: `http PORT` answers /v2/ over plain HTTP; `https PORT KEY CERT` over TLS.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';

const [mode, port, key, cert] = process.argv.slice(2);
const handler = (_req, res) => res.writeHead(200, { 'Docker-Distribution-API-Version': 'registry/2.0' }).end('{}');
const server = mode === 'https' ? https.createServer({ key: readFileSync(key), cert: readFileSync(cert) }, handler) : http.createServer(handler);
server.listen(Number(port), '0.0.0.0', () => console.log('ready'));
