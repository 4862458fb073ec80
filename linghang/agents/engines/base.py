"""The extraction engine interface: one conversation in, one result with evidence out.

An engine is a class registered in ``linghang.core.registry.EXTRACTION_ENGINES`` (or
through the ``linghang.extraction_engines`` entry-point group). The setting
``LINGHANG_EXTRACTION_ENGINE`` picks one, the way Django's ``EMAIL_BACKEND`` picks a mail
backend. To add an engine, add one package under ``agents/engines/`` and one registry line.
"""

from __future__ import annotations

from typing import ClassVar

from linghang.agents.schema import ConversationInput, ExtractionResult


class ExtractionError(Exception):
    """The engine could not read this conversation.

    ``permanent`` says whether trying again can help: a malformed model answer may be
    transient, a conversation the engine cannot handle is not (as Healthchecks'
    transport errors say whether to retry).
    """

    def __init__(self, message: str, *, permanent: bool = True) -> None:
        super().__init__(message)
        self.permanent = permanent


class ExtractionEngine:
    """Base class of every extraction engine.

    Contract (checked by ``linghang.core.testing.engine_contract.EngineContract``):

    * ``name`` is the registry name and is stored on every Signal the engine produces.
    * ``extract`` is pure: no ORM, no shared mutable state between calls, and the same
      input gives the same output (deterministic engines) — so it is safe in any worker.
    * Every value in the result carries an :class:`~linghang.agents.schema.Evidence`
      whose quote is an exact substring of one message of the input; customer signals
      cite customer messages, and only a rep's own commitments (next steps owned by the
      rep) may cite a rep message.
    * Malformed or empty conversations give an empty result, not an exception; raise
      :class:`ExtractionError` only when the engine itself cannot work.
    """

    name: ClassVar[str] = ""

    def extract(self, conversation: ConversationInput) -> ExtractionResult:
        raise NotImplementedError
