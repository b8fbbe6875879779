// extension.js - the VS Code client of `rkt lsp` (docs/cli.md "Language
// server"): starts the server over stdio for every document of the
// language `rkt`, and moves a .rkt file to the right language by its
// content, since .rkt is also Racket's extension: a file whose first line
// starts with `#lang` is Racket's, any other is ours.
'use strict';

const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function isRacket(document) {
    return document.lineCount > 0 && document.lineAt(0).text.startsWith('#lang');
}

// A .rkt file opened under the other language of the two goes to the one
// its first line says.
async function detect(document) {
    if (!document.uri.path.endsWith('.rkt'))
        return;
    const racket = isRacket(document);
    if (!racket && document.languageId !== 'rkt')
        await vscode.languages.setTextDocumentLanguage(document, 'rkt');
    else if (racket && document.languageId === 'rkt') {
        const known = await vscode.languages.getLanguages();
        if (known.includes('racket'))
            await vscode.languages.setTextDocumentLanguage(document, 'racket');
    }
}

function activate(context) {
    const config = vscode.workspace.getConfiguration('rkt');
    const args = ['lsp'];
    for (const dir of config.get('searchPath', []))
        args.push('-I', dir);
    const server = { command: config.get('path', 'rkt'), args, transport: TransportKind.stdio };
    client = new LanguageClient('rkt', 'rkt', server, {
        documentSelector: [{ scheme: 'file', language: 'rkt' }, { scheme: 'untitled', language: 'rkt' }],
    });
    context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(detect));
    vscode.workspace.textDocuments.forEach(detect);
    return client.start();
}

function deactivate() {
    return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
