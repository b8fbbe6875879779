// coverage.js - the grammar on the examples (`make test-editors`): every
// .rkt file under examples/, rules/ and tests/uji/ is tokenised as VS Code
// would (vscode-textmate, Oniguruma); each character that is not blank must
// get a scope of the grammar's own, so a keyword, a number form or a
// punctuation the grammar misses fails here.  The grammar's patterns are
// compiled on the way (a bad one throws).
'use strict';
const fs = require('fs');
const path = require('path');
const tm = require('vscode-textmate');
const onig = require('vscode-oniguruma');

const here = path.join(__dirname, '..');
const root = path.join(here, '..', '..');

function files(dir) {
    const out = [];
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : 1)) {
        const p = path.join(dir, e.name);
        if (e.isDirectory())
            out.push(...files(p));
        else if (e.name.endsWith('.rkt'))
            out.push(p);
    }
    return out;
}

async function main() {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await onig.loadWASM(wasm.buffer);
    const registry = new tm.Registry({
        onigLib: Promise.resolve({
            createOnigScanner: p => new onig.OnigScanner(p),
            createOnigString: s => new onig.OnigString(s),
        }),
        loadGrammar: async () => tm.parseRawGrammar(
            fs.readFileSync(path.join(here, 'syntaxes/rkt.tmLanguage.json'), 'utf8'), 'rkt.tmLanguage.json'),
    });
    const grammar = await registry.loadGrammar('source.rkt');
    let bad = 0, n = 0, chars = 0;
    for (const dir of ['examples', 'rules', 'tests/uji'])
        for (const f of files(path.join(root, dir))) {
            n++;
            let stack = tm.INITIAL;
            const lines = fs.readFileSync(f, 'utf8').split('\n');
            lines.forEach((line, i) => {
                const r = grammar.tokenizeLine(line, stack);
                stack = r.ruleStack;
                for (const t of r.tokens) {
                    const text = line.slice(t.startIndex, t.endIndex);
                    if (t.scopes.length === 1 && text.trim() !== '') {
                        if (bad++ < 20)
                            console.error(`${path.relative(root, f)}:${i + 1}:${t.startIndex + 1}: no scope for '${text.trim()}'`);
                    }
                    chars += text.length;
                }
            });
        }
    if (bad) {
        console.error(`grammar: ${bad} tokens without a scope`);
        process.exit(1);
    }
    console.log(`grammar: ${n} files, ${chars} characters, every token scoped`);
}

main().catch(e => { console.error(e); process.exit(1); });
