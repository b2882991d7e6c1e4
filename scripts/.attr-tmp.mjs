import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';
const dir = process.cwd() + '/build/_app/immutable';
const files = process.argv.slice(2);
for (const f of files) {
  const code = readFileSync(`${dir}/${f}`, 'utf8');
  const map = new SourceMapConsumer(JSON.parse(readFileSync(`${dir}/${f}.map`,'utf8')));
  const lines = code.split('\n');
  const bySource = new Map();
  // walk each char in generated code via mappings
  const segs = [];
  map.eachMapping(m => segs.push(m));
  segs.sort((a,b)=>a.generatedLine-b.generatedLine||a.generatedColumn-b.generatedColumn);
  for (let i=0;i<segs.length;i++){
    const s=segs[i], n=segs[i+1];
    const line = lines[s.generatedLine-1]??'';
    const end = n && n.generatedLine===s.generatedLine ? n.generatedColumn : line.length;
    const text = line.slice(s.generatedColumn,end);
    const src=(s.source??'?').replace(/^.*node_modules\//,'').replace(/^(\.\.\/)+/,'');
    bySource.set(src,(bySource.get(src)??'')+text);
  }
  const total = gzipSync(code,{level:9}).length;
  const rows=[...bySource].map(([s,t])=>[s,t.length,gzipSync(t,{level:9}).length]).sort((a,b)=>b[1]-a[1]);
  console.log(`\n${f} gzip ${total}`); for (const r of rows.slice(0,25)) console.log(`  ${String(r[1]).padStart(6)} raw ${String(r[2]).padStart(5)} gz(alone)  ${r[0]}`);
}
