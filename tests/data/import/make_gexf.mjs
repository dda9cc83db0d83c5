// make_gexf.mjs OUT12.gexf OUT13.gexf: a small ecosystem written by graphology + graphology-gexf (npm
// devDependencies) as GEXF 1.2 (its default) and 1.3 (colours as hex), with node attributes, viz positions,
// colours and sizes.
import { writeFileSync } from 'node:fs';
import graphology from 'graphology';
import gexf from 'graphology-gexf';

const graph = new graphology.DirectedGraph();
graph.addNode('coop-a', { label: 'Coop A', kind: 'practitioner', founded: 2019, x: 10, y: -20, size: 6, color: '#009e73' });
graph.addNode('net-b', { label: 'Network B', kind: 'network', founded: 2011, x: -30, y: 5, size: 9, color: '#e69f00' });
graph.addNode('city', { label: 'Ajuntament de Barcelona', kind: 'policy-maker', x: 0, y: 40, size: 7, color: '#0072b2' });
graph.addEdgeWithKey('l1', 'coop-a', 'net-b', { relation: 'membership', weight: 2 });
graph.addEdgeWithKey('l2', 'city', 'coop-a', { relation: 'funding', weight: 3.5 });
writeFileSync(process.argv[2], gexf.write(graph, { pretty: true }));
writeFileSync(process.argv[3], gexf.write(graph, { pretty: true, version: '1.3' }));
