// The quiz content, made from statements/ by src/lib/server/content-plugin.ts.
declare module 'virtual:content/core' {
	const core: import('$lib/content/schema').ContentCore;
	export default core;
}
declare module 'virtual:content/intros' {
	const intros: import('$lib/content/schema').ContentIntros;
	export default intros;
}
declare module 'virtual:content/texts' {
	const texts: import('$lib/content/schema').ContentTexts;
	export default texts;
}
declare module 'virtual:content/glossary' {
	const glossary: import('$lib/content/schema').GlossaryExplanations;
	export default glossary;
}
declare module 'virtual:content/details' {
	const details: import('$lib/content/schema').ContentDetails;
	export default details;
}
declare module 'virtual:content/open-data' {
	const content: import('$lib/content/schema').Content;
	export default content;
}
declare module 'virtual:content/changelog' {
	const changelog: import('$lib/content/schema').Version[];
	export default changelog;
}
declare module 'virtual:content/site' {
	const site: import('$lib/server/content-plugin').Site;
	export default site;
}
declare module 'virtual:content/reverse' {
	const reverse: import('$lib/server/content-plugin').ReverseStatement[];
	export default reverse;
}

// The English translation of the same modules (statements/i18n/en.yaml): the same shapes.
declare module 'virtual:content/en/core' {
	const core: import('$lib/content/schema').ContentCore;
	export default core;
}
declare module 'virtual:content/en/intros' {
	const intros: import('$lib/content/schema').ContentIntros;
	export default intros;
}
declare module 'virtual:content/en/texts' {
	const texts: import('$lib/content/schema').ContentTexts;
	export default texts;
}
declare module 'virtual:content/en/details' {
	const details: import('$lib/content/schema').ContentDetails;
	export default details;
}
declare module 'virtual:content/en/glossary' {
	const glossary: import('$lib/content/schema').GlossaryExplanations;
	export default glossary;
}
declare module 'virtual:content/en/open-data' {
	const content: import('$lib/content/schema').Content;
	export default content;
}
declare module 'virtual:content/en/reverse' {
	const reverse: import('$lib/server/content-plugin').ReverseStatement[];
	export default reverse;
}
