#!/usr/bin/env python3
"""Derive PartnerBot's compact general-language tables from WordNet 3.0.

Reads WordNet's data.*, index.*, *.exc and cntlist.rev files (Debian package `wordnet-base`, installed under
/usr/share/wordnet) and writes, under config/:

  thesaurus.tsv     word or 2-word phrase -> up to 8 related words/phrases, strongest first, each tagged with
                    its relation and a strength 1..9:
                      s  synonym (same synset; first senses weigh more)
                      a  similar-to / also-see / verb group (adjectives and verbs)
                      h  hypernym (one hop; very general classes are skipped)
                      m  member of a group noun, and that member's class ("staff" -> "staffer", "employee")
                      o  hyponym (one hop, small families only)
  derivations.tsv   word -> derivationally related forms (WordNet's '+' pointers, pertainyms and participles:
                    employ -> employee, employer, employment; grow -> growth; lead -> leader)
  lemmas.tsv        inflected form -> lemma: irregular forms (WordNet's noun.exc and verb.exc: went -> go,
                    bought -> buy), and -ing/-ed forms that WordNet also lists as words when their verb is at least as
                    frequent in the sense-tagged corpus (coming -> come, valued -> value; but evening stays)

General language only: nothing here is aimed at particular articles or questions. Only single words and 2-word
phrases are kept; lemmas never seen in WordNet's sense-tagged corpus (cntlist) are kept as headwords only when they
are everyday single words (not proper names, not specialist nouns such as species or substances), with at most
3 related terms, to keep the tables small. Standard library only; deterministic output.

Usage: python3 config/wordnet/derive.py [--wordnet /usr/share/wordnet] [--out config]
"""

import argparse
import collections
import os
import re

FILES = {'n': 'noun', 'v': 'verb', 'a': 'adj', 'r': 'adv'}
WORD = re.compile(r"[a-z][a-z'-]*[a-z]( [a-z][a-z'-]*[a-z])?")
MAX_RELATED = 8
MAX_RELATED_RARE = 3
MAX_DERIVED = 10
# Hypernyms with more direct hyponyms than this are too general to help ("quality", "act", "person").
MAX_HYPERNYM_FAMILY = 60
# Hyponyms are only taken from small families, where each member is close to the head.
MAX_HYPONYM_FAMILY = 12
# Noun lexicographer files of specialist vocabulary (animals, body, food, plants, substances): their untagged lemmas
# are left out as headwords, as are proper names (capitalised in WordNet).
SPECIALIST_NOUN_FILES = {5, 8, 13, 20, 27}
KIND_STRENGTH = {'s': 1.0, 'a': 0.7, 'm': 0.6, 'h': 0.5, 'o': 0.45}


def norm(word):
    word = re.sub(r'\((a|p|ip)\)$', '', word)
    return word.replace('_', ' ').lower()


def load_synsets(wordnet):
    synsets, everyday = {}, set()
    for pos, name in FILES.items():
        with open(os.path.join(wordnet, 'data.' + name), encoding='latin-1') as f:
            for line in f:
                if line.startswith('  '):
                    continue
                fields = line.split(' | ')[0].split()
                offset, lexfile, count = fields[0], int(fields[1]), int(fields[3], 16)
                raw = [fields[4 + 2 * i] for i in range(count)]
                words = [norm(w) for w in raw]
                k = 4 + 2 * count
                pointers = []
                for j in range(int(fields[k])):
                    symbol, target, target_pos, source_target = fields[k + 1 + 4 * j:k + 5 + 4 * j]
                    target_pos = 'a' if target_pos == 's' else target_pos
                    pointers.append((symbol, (target_pos, target),
                                     int(source_target[:2], 16), int(source_target[2:], 16)))
                synsets[(pos, offset)] = (words, pointers)
                if pos == 'n' and lexfile not in SPECIALIST_NOUN_FILES:
                    everyday.update(w for w, r in zip(words, raw) if not r[0].isupper())
                elif pos != 'n':
                    everyday.update(words)
    return synsets, everyday


def load_index(wordnet):
    senses = collections.defaultdict(dict)  # lemma -> pos -> [synset keys in sense order]
    for pos, name in FILES.items():
        with open(os.path.join(wordnet, 'index.' + name), encoding='latin-1') as f:
            for line in f:
                if line.startswith('  '):
                    continue
                fields = line.split()
                lemma, count, pointer_count = norm(fields[0]), int(fields[2]), int(fields[3])
                offsets = fields[6 + pointer_count:6 + pointer_count + count]
                senses[lemma][pos] = [(pos, o) for o in offsets]
    return senses


def load_frequencies(wordnet):
    """Tag counts per lemma and per (lemma, pos) from cntlist.rev (SemCor sense-tagged corpus)."""
    freq, pos_freq = collections.Counter(), collections.Counter()
    ss_type = {'1': 'n', '2': 'v', '3': 'a', '4': 'r', '5': 'a'}
    with open(os.path.join(wordnet, 'cntlist.rev'), encoding='latin-1') as f:
        for line in f:
            key, _, count = line.split()
            lemma, rest = key.split('%', 1)
            lemma = norm(lemma)
            freq[lemma] += int(count)
            pos_freq[(lemma, ss_type[rest[0]])] += int(count)
    return freq, pos_freq


def family_size(synsets, key, symbol):
    return sum(1 for s, _, _, _ in synsets[key][1] if s == symbol)


def related_for(head, senses, synsets, freq, pos_freq, limit):
    scores = {}

    def add(term, kind, weight):
        if term == head or not WORD.fullmatch(term):
            return
        if freq[term] == 0:
            weight *= 0.35
        weight *= KIND_STRENGTH[kind]
        if term not in scores or scores[term][0] < weight:
            scores[term] = (weight, kind)

    total = sum(pos_freq[(head, p)] for p in senses)
    for pos, keys in senses.items():
        pos_share = 0.5 + 0.5 * pos_freq[(head, pos)] / total if total else 1.0
        for rank, key in enumerate(keys):
            # Sense order follows tag counts; for untagged lemmas it says little, so rank matters less.
            weight = pos_share / (1 + rank) if total else 1.0 / (1 + 0.3 * rank)
            words, pointers = synsets[key]
            for w in words:
                add(w, 's', weight)
            for symbol, target, _, _ in pointers:
                if target not in synsets:
                    continue
                target_words = synsets[target][0]
                if symbol in ('&', '^', '$'):
                    for w in target_words:
                        add(w, 'a', weight)
                elif symbol == '@' and family_size(synsets, target, '~') <= MAX_HYPERNYM_FAMILY:
                    for w in target_words:
                        add(w, 'h', weight)
                elif symbol in ('%m', '#m'):
                    for w in target_words:
                        add(w, 'm', weight)
                    if symbol == '%m':
                        for s2, t2, _, _ in synsets[target][1]:
                            if s2 == '@' and t2 in synsets:
                                for w in synsets[t2][0]:
                                    add(w, 'm', weight * 0.8)
                elif symbol == '~' and family_size(synsets, key, '~') <= MAX_HYPONYM_FAMILY:
                    for w in target_words:
                        add(w, 'o', weight)

    ranked = sorted(scores.items(), key=lambda item: (-item[1][0], -freq[item[0]], item[0]))[:limit]
    return [(term, kind, max(1, min(9, round(weight * 9)))) for term, (weight, kind) in ranked]


def derived_for(head, senses, synsets, freq):
    found = {}
    for keys in senses.values():
        for key in keys:
            words, pointers = synsets[key]
            if head not in words:
                continue
            index = words.index(head) + 1
            for symbol, target, source, target_word in pointers:
                if symbol not in ('+', '\\', '<') or source != index or target not in synsets:
                    continue
                term = synsets[target][0][target_word - 1]
                if term != head and WORD.fullmatch(term) and ' ' not in term:
                    found[term] = freq[term]
    ranked = sorted(found.items(), key=lambda item: (-item[1], item[0]))[:MAX_DERIVED]
    return [term for term, _ in ranked]


def load_exceptions(wordnet):
    pairs = {}
    for name in ('noun', 'verb'):
        with open(os.path.join(wordnet, name + '.exc'), encoding='latin-1') as f:
            for line in f:
                fields = line.split()
                if len(fields) < 2 or not WORD.fullmatch(fields[0]) or ' ' in norm(fields[0]):
                    continue
                form, lemma = norm(fields[0]), norm(fields[1])
                if form != lemma and WORD.fullmatch(lemma) and form not in pairs:
                    pairs[form] = lemma
    return pairs


def verb_candidates(form):
    for suffix, replacement in (('ing', 'e'), ('ing', ''), ('ed', 'e'), ('ed', ''), ('ied', 'y')):
        if len(form) > len(suffix) + 2 and form.endswith(suffix):
            stem = form[:-len(suffix)]
            yield stem + replacement
            if not replacement and len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in 'lsz':
                yield stem[:-1]


def ambiguous_participles(senses, pos_freq, freq):
    """-ing/-ed forms that WordNet also lists as lemmas ("coming", "valued") whose verb is at least as frequent."""
    pairs = {}
    for form in senses:
        if ' ' in form or not WORD.fullmatch(form):
            continue
        for candidate in verb_candidates(form):
            verb_freq = pos_freq[(candidate, 'v')]
            if 'v' in senses.get(candidate, {}) and verb_freq > 0 and verb_freq >= freq[form]:
                pairs[form] = candidate
                break
    return pairs


HEADER = ('# Derived from WordNet 3.0 (Princeton University; Debian package wordnet-base) by config/wordnet/derive.py.\n'
          '# WordNet licence: config/wordnet/LICENSE. General language only. Do not edit by hand: re-run the script.\n')


def write(path, description, rows):
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write(HEADER)
        f.write('# ' + description + '\n')
        for key, value in rows:
            f.write(key + '\t' + value + '\n')


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--wordnet', default='/usr/share/wordnet')
    parser.add_argument('--out', default=os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
    args = parser.parse_args()

    synsets, everyday = load_synsets(args.wordnet)
    senses = load_index(args.wordnet)
    freq, pos_freq = load_frequencies(args.wordnet)
    # Lemmas never sense-tagged are rarer: only single words, with fewer related terms.
    heads = sorted(h for h in senses if WORD.fullmatch(h) and (freq[h] > 0 or (' ' not in h and h in everyday)))

    thesaurus = []
    for head in heads:
        limit = MAX_RELATED if freq[head] > 0 else MAX_RELATED_RARE
        related = related_for(head, senses[head], synsets, freq, pos_freq, limit)
        if related:
            thesaurus.append((head, '|'.join(f'{t}:{k}{s}' for t, k, s in related)))
    derivations = []
    for head in sorted(h for h in senses if WORD.fullmatch(h) and ' ' not in h):
        derived = derived_for(head, senses[head], synsets, freq)
        if derived and (freq[head] > 0 or any(freq[d] > 0 for d in derived)):
            derivations.append((head, '|'.join(derived)))
    exceptions = load_exceptions(args.wordnet)
    for form, verb in ambiguous_participles(senses, pos_freq, freq).items():
        exceptions.setdefault(form, verb)
    lemmas = sorted(exceptions.items())

    write(os.path.join(args.out, 'thesaurus.tsv'),
          'term<TAB>related:KS|... (K: s synonym, a similar, m group member, h hypernym, o hyponym; S: strength 1-9)',
          thesaurus)
    write(os.path.join(args.out, 'derivations.tsv'), 'word<TAB>derived|... (derivationally related forms)',
          derivations)
    write(os.path.join(args.out, 'lemmas.tsv'), 'inflected<TAB>lemma (irregular forms; -ing/-ed words whose verb is more frequent)', lemmas)
    print(f'thesaurus {len(thesaurus)}, derivations {len(derivations)}, lemmas {len(lemmas)}')


if __name__ == '__main__':
    main()
