import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createTitleClassifier } from './classify-title.ts';
import type { Role, RoleTaxonomy } from './taxonomy.ts';
import { ROLE_IDS, type RoleId } from './ids.ts';
import type { MissionId } from './missions.ts';

// A minimal taxonomy: aliases and focus missions are all the classifier reads from it.
const focus: Partial<Record<RoleId, MissionId[]>> = {
  'mlops-engineer': ['deployment', 'infrastructure'],
  'ai-project-manager': ['project-management', 'management'],
  'ai-governance': ['governance', 'security', 'evaluation'],
  'data-annotator': ['annotation', 'data-preparation'],
};
const taxonomy: RoleTaxonomy = new Map(
  ROLE_IDS.map((id) => [
    id,
    {
      id,
      name: { fr: id, en: id },
      aliases: { fr: [], en: id === 'data-scientist' ? ['applied scientist'] : [] },
      focus: focus[id] ?? [],
    } as unknown as Role,
  ]),
);
const classify = createTitleClassifier(taxonomy);

describe('title classifier', () => {
  it('reads French and English job nouns', () => {
    const cases: [string, RoleId][] = [
      ['Data Scientist - Risque Crédit H/F', 'data-scientist'],
      ['Ingénieure IA générative (H/F)', 'ai-engineer'],
      ['Ingénieur des données', 'data-engineer'],
      ['Développeur BI (H/F)', 'data-analyst'],
      ['Analytics Engineer', 'analytics-engineer'],
      ['Ingénieur MLOps', 'mlops-engineer'],
      ['Prompt engineer (F/H)', 'prompt-engineer'],
      ['Créer des agents IA no-code', 'agent-engineer'],
      ['Data Labeller (CDD)', 'data-annotator'],
      ['Technicien Data Center (H/F)', 'datacenter-technician'],
      ['Chief Data Officer', 'head-of-ai'],
      ['Data Governance Officer', 'ai-governance'],
      ['Développeur Java Springboot', 'software-engineer'],
      ['Applied Scientist', 'data-scientist'],
    ];
    for (const [title, role] of cases) assert.equal(classify(title).role, role, title);
  });

  it('reads German and Dutch job titles', () => {
    const cases: [string, RoleId][] = [
      ['Datenwissenschaftler (m/w/d)', 'data-scientist'],
      ['Data Scientist (w/m/d) Maschinelles Lernen', 'data-scientist'],
      ['Datenanalyst:in Controlling', 'data-analyst'],
      ['Dateningenieur (m/w/d)', 'data-engineer'],
      ['KI-Ingenieurin (m/w/d)', 'ai-engineer'],
      ['Entwickler Künstliche Intelligenz (m/w/d)', 'ai-engineer'],
      ['Softwareentwickler Java (m/w/d)', 'software-engineer'],
      ['Projektleiter KI (m/w/d)', 'ai-project-manager'],
      ['Wissenschaftlicher Mitarbeiter Maschinelles Lernen', 'ai-researcher'],
      ['Medewerker data-analyse', 'data-analyst'],
      ['Data-analist', 'data-analyst'],
      ['Datawetenschapper', 'data-scientist'],
      ['Ontwikkelaar kunstmatige intelligentie', 'ai-engineer'],
      ['Projectleider AI', 'ai-project-manager'],
      ['Knowledge Graph Engineer', 'data-engineer'],
    ];
    for (const [title, role] of cases) assert.equal(classify(title).role, role, title);
  });

  it('reads "ML Ops", "Dev" and a lecturer-researcher as the jobs they are', () => {
    const cases: [string, RoleId][] = [
      ['ML Ops Lead', 'mlops-engineer'],
      ['Lead Dev Python', 'software-engineer'],
      ['Enseignant-chercheur en IA', 'ai-researcher'],
      ['Enseignante-chercheuse en apprentissage automatique', 'ai-researcher'],
    ];
    for (const [title, role] of cases) assert.equal(classify(title).role, role, title);
    assert.equal(classify('Werkstudent Data Science (m/w/d)').level, 'intern');
    assert.equal(classify('Stagiair data-analyse').level, 'intern');
  });

  it('takes the first job named in a "X / Y" title', () => {
    assert.equal(classify('Data Analyst / Data Engineer').role, 'data-analyst');
    assert.equal(classify('Data Scientist / ML Engineer').role, 'data-scientist');
  });

  it('lets a consultant or a project manager doing a named job take that job', () => {
    assert.equal(classify('Consultant Senior - Ingénieur IA').role, 'ai-engineer');
    assert.equal(classify('Chef de projet / Data analyst').role, 'data-analyst');
    assert.equal(classify('Chef de projet data et IA').role, 'ai-project-manager');
  });

  it('gives the speciality when a generic modelling title names vision or language', () => {
    assert.equal(classify('Data Scientist - Computer Vision').role, 'computer-vision-engineer');
    assert.equal(classify('Machine Learning Engineer (NLP)').role, 'nlp-engineer');
  });

  it('does not read "Développeur d\'affaires" or a trainer in AI as data jobs', () => {
    assert.equal(classify("COMMERCIAL / DÉVELOPPEUR D'AFFAIRES (H/F)").role, 'other');
    assert.equal(classify('Formateur en Intelligence Artificielle').role, 'other');
  });

  it('sends a vague title without text to "other", and lets the text\'s missions decide otherwise', () => {
    assert.equal(classify('Engineer').role, 'other');
    const r = classify(
      'Engineer',
      'Industrialisation et mise en production des modèles, CI/CD, monitoring sur Kubernetes et GPU.',
    );
    assert.equal(r.role, 'mlops-engineer');
    assert.deepEqual(r.missions, ['deployment', 'infrastructure']);
    assert.equal(
      classify('Chef de projet', 'Pilotage de projet, planning, comité de pilotage, recette.').role,
      'ai-project-manager',
    );
  });

  it('answers an empty title with "other" at confidence 0', () => {
    assert.deepEqual(classify('   '), {
      role: 'other',
      confidence: 0,
      level: null,
      missions: [],
      reason: 'empty title',
    });
  });

  it('is deterministic and bounded: the same input gives the same answer, confidence in [0, 1]', () => {
    const a = classify('Senior Data Scientist NLP', "5 ans d'expérience");
    assert.deepEqual(classify('Senior Data Scientist NLP', "5 ans d'expérience"), a);
    assert.ok(a.confidence > 0 && a.confidence <= 1);
    assert.equal(a.level, 'senior');
  });
});
