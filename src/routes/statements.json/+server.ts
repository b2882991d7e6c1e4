import { json } from '@sveltejs/kit';
import content from 'virtual:content/open-data';

// Open data for journalists and researchers, written as a static file at build time.
export const prerender = true;

export const GET = () => json(content);
