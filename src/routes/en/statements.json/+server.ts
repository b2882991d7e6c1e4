import { json } from '@sveltejs/kit';
import content from 'virtual:content/en/open-data';

// The content in English, in the shape of /statements.json (schema: /statements.schema.json):
// the quotes as BIJ1 wrote them, in Dutch, with our translation beside each (`source.translation`).
export const prerender = true;

export const GET = () => json(content);
