"""A bounded store of results kept by what they depend on, the least recently used dropped."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

_V = TypeVar("_V")


class Kept(Generic[_V]):
    """Results by key, at most `limit` of them; `get` computes what is not kept yet."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._items: OrderedDict[Hashable, _V] = OrderedDict()

    def get(self, key: Hashable, compute: Callable[[], _V]) -> _V:
        if key in self._items:
            self._items.move_to_end(key)
            return self._items[key]
        value = compute()
        self._items[key] = value
        if len(self._items) > self.limit:
            self._items.popitem(last=False)
        return value

    def __len__(self) -> int:
        return len(self._items)
