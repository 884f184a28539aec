"""The base install never imports the ``mcp`` SDK: ``import cal_async``, a client, the fake and the
operation table leave it (and its dependencies) out; only ``cal_async.mcp`` brings it in."""

from __future__ import annotations

from tests.fresh_process import modules_loaded

MCP_SDK = ("mcp", "mcp_types", "jsonschema", "sse_starlette", "pydantic")


def test_the_base_install_does_not_import_mcp() -> None:
    code = (
        "import cal_async\n"
        "from cal_async import CalClient\n"
        "import cal_async.testing\n"
        "from cal_async._generated.operations import OPERATIONS\n"
        "CalClient('cal_' + 'a' * 32)\n"
    )
    assert [m for m in modules_loaded(code, *MCP_SDK) if m.split(".")[0] in MCP_SDK] == []


def test_cal_async_mcp_imports_it() -> None:
    loaded = modules_loaded("import cal_async.mcp", "mcp", "mcp_types", "jsonschema")
    assert {"mcp", "mcp_types", "jsonschema"} <= {m.split(".")[0] for m in loaded}
