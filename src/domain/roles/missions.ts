/** What a job does, as read from a posting's text: the evidence that decides a vague title. */
export const MISSION_IDS = [
  'deployment',
  'modelling',
  'evaluation',
  'security',
  'governance',
  'product-integration',
  'data-preparation',
  'annotation',
  'infrastructure',
  'research',
  'management',
  'analysis',
  'consulting',
  'project-management',
  'product-management',
  'architecture',
  'prompting',
  'agents',
  'software-development',
  'computer-vision',
  'nlp',
] as const;
export type MissionId = (typeof MISSION_IDS)[number];

/** Phrases (on accent-free lower-case text) that reveal each mission, French and English. */
export const MISSION_PATTERNS: Readonly<Record<MissionId, RegExp>> = {
  deployment:
    /\b(industriali[sz]\w*|mise en production|mettre en production|deploi\w*|deploy\w*|in production|ci\/?cd|mlops|monitoring des modeles|model serving)\b/g,
  modelling:
    /\b(modeli[sz]\w*|modell?ing|modele[s]? (predictif|statistique|de machine learning)\w*|predictive model\w*|machine learning|apprentissage automatique|regression|classification|forecast\w*|prevision\w*|train(ing)? models?|entrainer? (des|les) modeles)\b/g,
  evaluation:
    /\b(evaluat\w*|evaluer|benchmark\w*|metriques? de performance|a\/b test\w*|test(s)? a\/b|validation des modeles)\b/g,
  security: /\b(securite|security|cybersecurit\w*|cyber|vulnerabilit\w*|chiffrement|encryption)\b/g,
  governance:
    /\b(gouvernance|governance|rgpd|gdpr|ai act|conformite|compliance|data quality|qualite des donnees|catalogue de donnees|data catalog\w*|data steward\w*|master data|lineage|ethique|ethics|responsible ai|ia responsable)\b/g,
  'product-integration':
    /\b(integr\w* (de l'|l')?(ia|ai|llm|modeles?) (dans|into)|llms?|rag|retrieval|api (openai|mistral|anthropic)|openai|langchain|genai|ia generative|generative ai|chatbot\w*|assistant\w* (ia|virtuel)|copilot)\b/g,
  'data-preparation':
    /\b(etl|elt|pipelines? (de donnees|data)|data pipelines?|ingestion|nettoyage des donnees|data cleaning|preparation des donnees|data preparation|entrepot de donnees|data warehouse|data lake|datalake|spark|airflow|dbt|kafka|flux de donnees)\b/g,
  annotation:
    /\b(annot\w*|etiquet\w*|label(l)?ing|labell?er|transcri\w*|rlhf|human feedback|notation des reponses)\b/g,
  infrastructure:
    /\b(infrastructure\w*|serveurs?|servers?|datacenters?|data cent(er|re)s?|gpu\w*|kubernetes|cluster\w*|reseaux?|network\w*|cablage|cabling|refroidissement|cooling|baies?|racks?|onduleur\w*|maintenance preventive)\b/g,
  research:
    /\b(recherche (scientifique|fondamentale|appliquee)|state of the art|etat de l'art|publi(cation|er|sh)\w*|papers?|these|phd|doctora\w*|laboratoire de recherche|research lab\w*|conferences? (scientifiques?|neurips|icml))\b/g,
  management:
    /\b(manag(er|ement) (d'une|d'|de l'|of|the)? ?equipe|encadr\w*|team lead\w*|lead(ing)? a team|diriger|direction de|recrut\w* (et|and)|strategie (data|ia)|data strategy|ai strategy|budget)\b/g,
  analysis:
    /\b(tableaux? de bord|dashboards?|reporting|kpis?|indicateurs?|power ?bi|tableau|looker|qlik|visuali[sz]ation|dataviz|analyses? (de donnees|statistiques?)|sql)\b/g,
  consulting:
    /\b(conseil|consulting|client\w*|avant-vente|presales?|pre-sales|ateliers?|workshops?|cadrage|feuille de route|roadmap|accompagne\w* (nos|les) clients)\b/g,
  'project-management':
    /\b(pilot\w* (du|des|de) projets?|gestion de projets?|project management|planning|jalons|milestones|coordin\w*|comite de pilotage|recette|moa|amoa|chefferie de projet)\b/g,
  'product-management':
    /\b(vision produit|product vision|backlog|user stor(y|ies)|roadmap produit|product roadmap|priori[sz]\w*|discovery|product owner|besoins utilisateurs|user needs)\b/g,
  architecture:
    /\b(architecture\w*|urbanisation|design (of|des) (systems?|systemes?)|solution design|choix technologiques?)\b/g,
  prompting:
    /\b(prompts?|prompt engineering|few-shot|instructions? (aux|to) (modeles?|models?))\b/g,
  agents:
    /\b(agents? (ia|ai|autonomes?|intelligents?|conversationnels?)|ai agents?|agentic|agentique|multi-agents?|tool calling|mcp|n8n|make\.com|zapier)\b/g,
  'software-development':
    /\b(developpement (logiciel|web|d'applications?)|software development|back-?end|front-?end|full-?stack|java|javascript|typescript|react|angular|\.net|c#|php|api rest|rest api|microservices?)\b/g,
  'computer-vision':
    /\b(vision par ordinateur|computer vision|traitement d'images?|image processing|detection d'objets?|object detection|segmentation|opencv|cameras?)\b/g,
  nlp: /\b(nlp|tal|traitement (automatique )?du langage|natural language|text mining|traitement de texte|speech|reconnaissance vocale|linguisti\w*)\b/g,
};

/** How many times each mission is evidenced in an (already folded) text. */
export function countMissions(foldedText: string): Map<MissionId, number> {
  const counts = new Map<MissionId, number>();
  for (const id of MISSION_IDS) {
    const hits = foldedText.match(MISSION_PATTERNS[id])?.length ?? 0;
    if (hits > 0) counts.set(id, hits);
  }
  return counts;
}
