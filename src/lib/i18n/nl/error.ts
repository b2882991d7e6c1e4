export default {
	title: (status: number) => (status === 404 ? 'Pagina niet gevonden' : 'Er ging iets mis'),
	notFound: 'Deze pagina bestaat niet. Misschien is de link verkeerd overgenomen.',
	other: 'Probeer de pagina opnieuw te laden. Je antwoorden blijven bewaard in dit tabblad.',
	home: 'Naar de startpagina'
};
