// 1.8.0 ships no types; its API is the one 1.9 declares (1.9 changed only how check() looks up).
declare module 'leo-profanity-1.8' {
  import leoProfanity from 'leo-profanity';
  export default leoProfanity;
}
