"""GENERATED CODE: one resource class per node of the API's tree."""

from .root import RootResources as RootResources
