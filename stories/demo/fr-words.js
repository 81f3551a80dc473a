/**
 * The French demo page's words: every built-in word of the four elements in French, registered before the elements
 * render. A clinic writes this file once; no build step. The crisis resources are Canada's (9-8-8 answers in French).
 */
import { registerLocale } from '../../dist/clinic-elements.js';

registerLocale('fr', {
  'article-card': {
    readingMinutes: { one: '{count} minute de lecture', other: '{count} minutes de lecture' },
    author: 'Par {name}',
    publishedOn: 'Publié le {date}',
    reviewedBy: 'Révision médicale : {name}',
    reviewedOn: 'Révisé le {date}',
  },
  timeline: { done: 'Terminé', current: 'Étape en cours', upcoming: 'À venir', details: 'Détails' },
  'symptom-checklist': {
    selected: { one: '{count} sur {total} coché', other: '{count} sur {total} cochés' },
    answered: { one: '{count} sur {total} réponse', other: '{count} sur {total} réponses' },
    score: 'Total {score}',
    open: 'Encore sans réponse :',
    question: 'Question {position}',
    recommend: 'En parler à un clinicien',
    print: 'Imprimer ma liste',
    reset: 'Effacer mes réponses',
    disclaimer: 'Cette liste n’est pas un diagnostic ; seul un clinicien peut poser un diagnostic.',
    crisis: {
      heading: 'Vous n’avez pas à traverser cela seul',
      text: 'Soutien gratuit et confidentiel, 24 heures sur 24, en français.',
      actions: [
        { label: 'Appelez ou textez le 988', href: 'tel:988' },
        { label: 'En danger immédiat ? Composez le 911', href: 'tel:911' },
      ],
    },
  },
  'consult-cta': {
    heading: 'Contactez-nous',
    book: 'Réserver en ligne',
    call: 'Appeler',
    open: 'Ouvert · jusqu’à {time}',
    opens: 'Ouvre {day} à {time}',
    close: 'Fermer',
    form: 'Demander un rappel',
    nameLabel: 'Nom',
    phoneLabel: 'Téléphone',
    emailLabel: 'Courriel',
    preferredTimeLabel: 'Meilleur moment pour appeler',
    messageLabel: 'Message',
    optional: 'facultatif',
    missing: 'Indiquez votre {field}',
    bad: 'Indiquez une adresse comme nom@exemple.com',
    agree: 'Cochez la case pour accepter d’être contacté',
    share: 'Joindre à ma demande les symptômes cochés',
    problem: 'Il y a un problème',
    send: 'Envoyer',
    sending: 'Envoi…',
    retry: 'Réessayer',
    success: 'Merci. Nous vous contacterons bientôt.',
    rejected: 'La clinique n’a pas pu accepter votre demande.',
    server: 'Le système de la clinique a eu un problème.',
    timeout: 'La clinique n’a pas répondu à temps.',
    network: 'Impossible de joindre la clinique. Vérifiez votre connexion.',
    kept: 'Vos renseignements sont conservés.',
    orCall: 'Ou appelez le',
  },
});
