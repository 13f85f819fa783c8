"""Our pipeline stages, registered with spaCy by name in this one place.

Each factory takes `actor_files` (the user's extra actor tables) from the pipeline config and reads
the knowledge once per process (load_knowledge is cached).
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from thucydides.knowledge.base import load_knowledge
from thucydides.nlp.actors import KnowledgeRuler, make_thuc_actors
from thucydides.nlp.blocks import thuc_blocks
from thucydides.nlp.events import make_thuc_events
from thucydides.nlp.places import make_thuc_places
from thucydides.nlp.quantities import thuc_quantities

Language.component("thuc_blocks", assigns=["token.is_sent_start"], requires=["token.tag"])(thuc_blocks)
Language.component("thuc_quantities", requires=["token.dep", "doc.ents"])(thuc_quantities)


@Language.factory("thuc_ruler", default_config={"actor_files": []}, assigns=["doc.ents"])
def create_thuc_ruler(nlp: Language, name: str, actor_files: list[str]) -> Any:
    return KnowledgeRuler(nlp, load_knowledge(tuple(actor_files)))


@Language.factory("thuc_actors", default_config={"actor_files": []}, requires=["doc.ents"])
def create_thuc_actors(nlp: Language, name: str, actor_files: list[str]) -> Any:
    return make_thuc_actors(load_knowledge(tuple(actor_files)))


@Language.factory("thuc_places", default_config={"actor_files": []}, requires=["doc.ents"])
def create_thuc_places(nlp: Language, name: str, actor_files: list[str]) -> Any:
    return make_thuc_places(load_knowledge(tuple(actor_files)))


@Language.factory("thuc_events", default_config={"actor_files": []}, requires=["token.dep", "doc.ents"])
def create_thuc_events(nlp: Language, name: str, actor_files: list[str]) -> Any:
    return make_thuc_events(load_knowledge(tuple(actor_files)))
