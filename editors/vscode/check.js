// check.js - the extension's static checks (`npm test`, `make
// test-editors`), since VS Code itself cannot run here: every JSON file
// parses; package.json's language, grammar and configuration point at
// files that exist; the firstLine pattern takes a plan and leaves a Racket
// file alone; extension.js parses as JavaScript.  (The grammar's regular
// expressions are compiled by test/coverage.js and vscode-tmgrammar-test.)
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');

let failed = 0;
function check(what, ok) {
    if (!ok) {
        console.error('FAIL ' + what);
        failed++;
    }
}
const here = __dirname;
const read = f => fs.readFileSync(path.join(here, f), 'utf8');
const json = {};
for (const f of ['package.json', 'package-lock.json', 'language-configuration.json', 'syntaxes/rkt.tmLanguage.json']) {
    try {
        json[f] = JSON.parse(read(f));
    } catch (e) {
        check(f + ': ' + e.message, false);
    }
}
const pkg = json['package.json'] || {};
const lang = ((pkg.contributes || {}).languages || [])[0] || {};
check('the language id is rkt', lang.id === 'rkt');
check('the language configuration exists', fs.existsSync(path.join(here, lang.configuration || '-')));
const grammar = ((pkg.contributes || {}).grammars || [])[0] || {};
check('the grammar exists', fs.existsSync(path.join(here, grammar.path || '-')));
check('the grammar is source.rkt', grammar.scopeName === 'source.rkt' &&
      (json['syntaxes/rkt.tmLanguage.json'] || {}).scopeName === 'source.rkt');
const first = new RegExp(lang.firstLine || '$^');
check('firstLine takes a plan', first.test('# RKT 2025 of the Balai') && first.test('rkt R1 "x" {') && first.test(''));
check('firstLine leaves #lang racket alone', !first.test('#lang racket'));
check('main exists', fs.existsSync(path.join(here, pkg.main || '-')));
try {
    new vm.Script(read('extension.js'), { filename: 'extension.js' });
} catch (e) {
    check('extension.js: ' + e.message, false);
}
if (failed)
    process.exit(1);
console.log('editors/vscode: static checks passed');
