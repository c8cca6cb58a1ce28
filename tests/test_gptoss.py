"""The gpt-oss path on CPU with a tiny model of the real architecture (needs the llm extra)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("peft")
pytest.importorskip("trl")
pytest.importorskip("openai_harmony")

from typer.testing import CliRunner  # noqa: E402

from mathtag.cli import app  # noqa: E402
from mathtag.models.gptoss import harmony  # noqa: E402
from mathtag.models.gptoss.tiny import VOCAB_SIZE, TinyConfig, init_tiny  # noqa: E402

CANDS = [harmony.Candidate("9수02-20", "이차방정식을 풀 수 있고, 이를 활용하여 문제를 해결할 수 있다."),
         harmony.Candidate("9수02-22", "이차함수의 그래프를 그릴 수 있고, 그 성질을 설명할 수 있다.")]


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("tiny")
    return init_tiny(out, TinyConfig(hidden_size=32, num_attention_heads=2, num_key_value_heads=1, head_dim=16,
                                     intermediate_size=32, num_local_experts=4, num_experts_per_tok=2))


def test_training_render_masks_everything_but_the_assistant_turn() -> None:
    ex = harmony.training_example("x^2=4를 푸시오.", CANDS, "이차방정식이다. 따라서 9수02-20.",
                                  harmony.final_json("9수02-20", "C", 2, ["이차방정식"]))
    ids, labels = ex["input_ids"], ex["labels"]
    prompt = harmony.prompt_tokens("x^2=4를 푸시오.", CANDS)
    assert len(ids) == len(labels) and ids[: len(prompt)] == prompt
    assert all(x == -100 for x in labels[: len(prompt)])
    assert all(x != -100 for x in labels[len(prompt):])
    enc = harmony.encoding()
    trained = enc.decode(ids[len(prompt):])
    assert trained.startswith("<|channel|>analysis<|message|>이차방정식이다.")
    assert '<|channel|>final<|message|>{"standard": "9수02-20"' in trained and trained.endswith("<|return|>")
    assert "<|start|>user" in enc.decode(prompt) and "9수02-22" in enc.decode(prompt)


def test_analysis_survives_where_the_default_render_drops_it() -> None:
    import openai_harmony as oh

    msgs = harmony._messages("문제", CANDS, "low", "분석 내용", '{"standard": "9수02-20"}')
    conv = oh.Conversation.from_messages(msgs)
    default = harmony.encoding().decode(harmony.encoding().render_conversation_for_training(conv))
    assert "분석 내용" not in default  # the library default drops it …
    ex = harmony.training_example("문제", CANDS, "분석 내용", '{"standard": "9수02-20"}')
    assert "분석 내용" in harmony.encoding().decode(ex["input_ids"])  # … ours keeps it


def test_tiny_model_has_the_real_architecture(tiny: Path) -> None:
    from transformers import AutoModelForCausalLM, AutoTokenizer

    model = AutoModelForCausalLM.from_pretrained(tiny)
    cfg = model.config
    assert type(model).__name__ == "GptOssForCausalLM" and cfg.vocab_size == VOCAB_SIZE == 201_088
    assert cfg.num_local_experts == 4 and set(cfg.layer_types) == {"sliding_attention", "full_attention"}
    names = dict(model.named_parameters())
    assert "model.layers.0.self_attn.sinks" in names
    assert names["model.layers.0.mlp.experts.gate_up_proj"].dim() == 3  # fused experts
    tok = AutoTokenizer.from_pretrained(tiny)
    probe = "<|start|>assistant<|channel|>final<|message|>{\"standard\": \"12미적Ⅰ-01-01\"}<|return|>"
    assert tok.encode(probe, add_special_tokens=False) == harmony.encoding().encode(probe, allowed_special="all")


def test_lora_targets_resolve_and_bad_targets_fail(tiny: Path) -> None:
    from mathtag.models.gptoss.backend import load_causal_lm
    from mathtag.training.lora import LoraTrainConfig, apply_lora, check_targets

    model = load_causal_lm(tiny)
    cfg = LoraTrainConfig(model=str(tiny), r=4, alpha=8)
    peft_model = apply_lora(model, cfg)
    trainable = [n for n, p in peft_model.named_parameters() if p.requires_grad]
    assert any("q_proj.lora_A" in n for n in trainable)
    assert any("experts" in n and "lora" in n for n in trainable)
    with pytest.raises(ValueError, match="gate_proj"):
        check_targets(load_causal_lm(tiny), LoraTrainConfig(target_modules=["gate_proj", "up_proj"]))


@pytest.fixture(scope="module")
def trained(tiny: Path, tmp_path_factory) -> dict:
    from mathtag.corpus.build import build_corpus, write_corpus
    from mathtag.training.lora import LoraTrainConfig, train_lora

    work = tmp_path_factory.mktemp("lora")
    items, report = build_corpus(seed=0, per_standard=3)
    if len(items) < 10:
        pytest.skip("corpus too small")
    write_corpus(items, report, work / "corpus")
    cfg = LoraTrainConfig(model=str(tiny), corpus=str(work / "corpus"), output_dir=str(work / "out"), max_steps=6,
                          per_device_train_batch_size=1, gradient_accumulation_steps=1, max_train_items=2,
                          max_eval_items=1, eval_steps=100, save_steps=3, logging_steps=1, max_length=700,
                          candidates=2, learning_rate=5e-3, r=8, alpha=16, report_to="none")
    summary = train_lora(cfg)
    return {"summary": summary, "cfg": cfg, "work": work}


def test_training_reduces_loss_and_checkpoints(trained: dict) -> None:
    s = trained["summary"]
    assert s["steps"] == 6
    assert s["last_loss"] < s["first_loss"]
    out = Path(trained["cfg"].output_dir)
    assert (out / "adapter" / "adapter_config.json").is_file()
    assert any(p.name.startswith("checkpoint-") for p in out.iterdir())


def test_merge_round_trip_predicts_identically(trained: dict, tiny: Path) -> None:
    from peft import PeftModel

    from mathtag.models.gptoss.backend import GptOssClassifier, load_causal_lm
    from mathtag.training.lora import merge_adapter

    adapter = Path(trained["summary"]["adapter"])
    merged_dir = merge_adapter(str(tiny), adapter, trained["work"] / "merged")
    peft_model = PeftModel.from_pretrained(load_causal_lm(tiny), str(adapter)).eval()
    merged = load_causal_lm(merged_dir).eval()
    ids = torch.tensor([harmony.prompt_tokens("x^2-1=0을 푸시오.", CANDS)])
    with torch.no_grad():
        a = peft_model(input_ids=ids).logits
        b = merged(input_ids=ids).logits
    assert torch.allclose(a, b, atol=1e-4)
    texts = ["x^2-1=0을 푸시오.", "y=x^2의 꼭짓점"]
    scope = ["9수02-20", "9수02-22"]
    pa = GptOssClassifier(peft_model).predict(texts, scope=scope)
    pb = GptOssClassifier(merged).predict(texts, scope=scope)
    assert [p.standard for p in pa] == [p.standard for p in pb]
    assert [p.reasoning for p in pa] == [p.reasoning for p in pb]


def test_cli_classify_with_gpt_oss_returns_valid_codes(tiny: Path, cur) -> None:
    res = CliRunner().invoke(app, ["classify", "이차방정식 x^2-4=0을 푸시오.", "--backend", "gpt-oss", "--model", str(tiny),
                                   "--scope", "9수02-19,9수02-20,9수02-21,9수02-22", "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    p = json.loads(res.stdout.strip().splitlines()[-1])
    assert p["standard"] in {"9수02-19", "9수02-20", "9수02-21", "9수02-22"}
    assert all(s["standard"] in cur for s in p["top_k"])
    assert p["backend"] == "gpt-oss" and isinstance(p["reasoning"], str)


def test_fit_trains_an_adapter_and_predicts_within_scope(tiny: Path, tmp_path: Path) -> None:
    """The estimator form: fit on labelled texts, then predict with the trained adapter."""
    from mathtag.models.gptoss.backend import GptOssClassifier, load_causal_lm
    from mathtag.training.lora import LoraTrainConfig

    clf = GptOssClassifier(load_causal_lm(tiny), candidates=2)
    texts = ["3 + 4 = □ 안에 알맞은 수를 써넣으세요.", "삼각형의 세 각의 크기의 합을 구하시오.",
             "12 - 5는 얼마입니까?", "사각형은 꼭짓점이 몇 개입니까?"]
    labels = ["2수01-05", "4수03-13", "2수01-05", "2수03-02"]
    with pytest.raises(ValueError, match="levels"):
        clf.fit(texts, labels)
    cfg = LoraTrainConfig(model=str(tiny), output_dir=str(tmp_path / "fit"), max_steps=2,
                          per_device_train_batch_size=1, gradient_accumulation_steps=1, max_eval_items=1,
                          eval_steps=100, save_steps=100, logging_steps=1, max_length=700, candidates=2,
                          r=4, alpha=8, report_to="none")
    clf.fit(texts, labels, levels=["C", "B", "C", "C"], difficulties=[1, 2, 1, 1], config=cfg)
    assert (tmp_path / "fit" / "adapter" / "adapter_config.json").is_file()
    pred = clf.predict([texts[0]], scope=["2수01-05", "2수03-02"], top_k=2)[0]
    assert pred.standard in {"2수01-05", "2수03-02"}
    assert clf.model_version == "gpt-oss:fit"
