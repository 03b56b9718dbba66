"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.readmeExamples = readmeExamples;
exports.blockOperations = blockOperations;
exports.fillPlaceholders = fillPlaceholders;
exports.walkthroughTabs = walkthroughTabs;
const node_fs_1 = __importDefault(require("node:fs"));
const graphql_1 = require("graphql");
const config_1 = require("../config");
function readmeExamples(file, markdown = node_fs_1.default.readFileSync((0, config_1.projectPath)(file), 'utf8')) {
    const blocks = [];
    const bindings = new Map();
    for (const match of markdown.matchAll(/<!--\s*([A-Z][A-Z0-9_]*)\s*=\s*([A-Za-z_][\w.]*)\s*-->/g))
        bindings.set(match[1], match[2]);
    const lines = markdown.split('\n');
    let section = '';
    for (let i = 0; i < lines.length; i++) {
        const heading = /^##\s+(.*)$/.exec(lines[i]);
        if (heading)
            section = heading[1].trim();
        const fence = /^(\s*)```(graphql|csv|sql)\s*$/.exec(lines[i]);
        if (!fence)
            continue;
        const indent = fence[1].length;
        const body = [];
        let j = i + 1;
        for (; j < lines.length && !/^\s*```\s*$/.test(lines[j]); j++)
            body.push(lines[j].slice(Math.min(indent, lines[j].length - lines[j].trimStart().length)));
        blocks.push({ file, line: i + 1, lang: fence[2], section, text: body.join('\n') + '\n' });
        i = j;
    }
    return { blocks, bindings };
}
/** The operations of a graphql block, each with its own text and the errors announced before it. */
function blockOperations(block) {
    const document = (0, graphql_1.parse)(block.text);
    let previousEnd = 0;
    return document.definitions.map((definition) => {
        const { start, end } = definition.loc;
        const before = block.text.slice(previousEnd, start);
        previousEnd = end;
        const expect = [...before.matchAll(/#\s*expect:\s*([A-Z_]+(?:\s*,\s*[A-Z_]+)*)/g)].flatMap((m) => m[1].split(/\s*,\s*/));
        const line = block.line + block.text.slice(0, start).split('\n').length;
        return { text: block.text.slice(start, end), line, expect };
    });
}
/** Replaces each placeholder of `text` with its value; `resolve` answers undefined for an unknown name. */
function fillPlaceholders(text, resolve) {
    return text.replace(/\b[A-Z][A-Z0-9_]*\b/g, (name) => resolve(name) ?? name);
}
/** The walkthrough's operations, as GraphiQL tabs (empty when the README is not beside the code). */
function walkthroughTabs() {
    try {
        const { blocks } = readmeExamples('README.md');
        return blocks
            .filter((block) => block.lang === 'graphql' && block.section.startsWith('Walkthrough'))
            .flatMap(blockOperations)
            .map((operation) => ({ query: operation.text + '\n' }));
    }
    catch {
        return [];
    }
}
//# sourceMappingURL=readme-examples.js.map