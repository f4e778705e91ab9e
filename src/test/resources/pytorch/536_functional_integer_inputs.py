# Every torch.nn.functional function adjoint has, given int64 tensors (U2's leftovers): PyTorch 1.13 refuses
# some by its kernel's name, computes others in int64 (conv1d/conv2d sums of products, avg_pool's mean
# truncated, hinge_embedding_loss with the margin truncated), takes uint8 class targets; recorded from torch 1.13.
import torch
import torch.nn.functional as F
torch.set_default_dtype(torch.float64)
v = torch.tensor([1, -2, 3, 0])
m = torch.tensor([[1, -2], [3, 0]])
i3 = torch.tensor([[[1, 2, 4, 5]]])
i4 = torch.tensor([[[[1, 2], [4, 5]]]])
f = torch.tensor([0.5, -1.5, 2.0, 0.0])
y = torch.tensor([1, -1, 1, -1])
cases = [
    ("relu", lambda: F.relu(v)), ("relu6", lambda: F.relu6(v)), ("elu", lambda: F.elu(v)), ("selu", lambda: F.selu(v)),
    ("celu", lambda: F.celu(v)), ("gelu", lambda: F.gelu(v)), ("silu", lambda: F.silu(v)), ("mish", lambda: F.mish(v)),
    ("sigmoid", lambda: F.sigmoid(v)), ("tanh", lambda: F.tanh(v)), ("softplus", lambda: F.softplus(v)),
    ("softsign", lambda: F.softsign(v)), ("softshrink", lambda: F.softshrink(v)), ("hardshrink", lambda: F.hardshrink(v)),
    ("tanhshrink", lambda: F.tanhshrink(v)), ("hardtanh", lambda: F.hardtanh(v)), ("hardsigmoid", lambda: F.hardsigmoid(v)),
    ("hardswish", lambda: F.hardswish(v)), ("leaky_relu", lambda: F.leaky_relu(v)), ("logsigmoid", lambda: F.logsigmoid(v)),
    ("threshold", lambda: F.threshold(v, 1, 5)), ("glu", lambda: F.glu(v)), ("prelu", lambda: F.prelu(v, torch.tensor([1]))),
    ("softmax", lambda: F.softmax(v, 0)), ("log_softmax", lambda: F.log_softmax(v, 0)), ("softmin", lambda: F.softmin(v, 0)),
    ("normalize", lambda: F.normalize(m)), ("cosine_similarity", lambda: F.cosine_similarity(v, v, dim=0)),
    ("pairwise_distance", lambda: F.pairwise_distance(m, m)), ("pdist", lambda: F.pdist(m)),
    ("one_hot", lambda: F.one_hot(torch.tensor([0, 2]))), ("embedding", lambda: F.embedding(torch.tensor([1]), m)),
    ("linear", lambda: F.linear(m, m)), ("bilinear", lambda: F.bilinear(m, m, torch.ones(1, 2, 2, dtype=torch.long))),
    ("dropout", lambda: F.dropout(v, 0.0)), ("dropout eval", lambda: F.dropout(v, 0.5, training=False)),
    ("layer_norm", lambda: F.layer_norm(v, (4,))), ("group_norm", lambda: F.group_norm(i3, 1)),
    ("batch_norm", lambda: F.batch_norm(m, torch.zeros(2), torch.ones(2))), ("instance_norm", lambda: F.instance_norm(i3)),
    ("local_response_norm", lambda: F.local_response_norm(i3, 1)),
    ("conv1d", lambda: F.conv1d(i3, torch.ones(1, 1, 2, dtype=torch.long))),
    ("conv2d", lambda: F.conv2d(i4, torch.ones(1, 1, 1, 1, dtype=torch.long))),
    ("conv_transpose2d", lambda: F.conv_transpose2d(i4, torch.ones(1, 1, 1, 1, dtype=torch.long))),
    ("avg_pool1d", lambda: F.avg_pool1d(i3, 2)), ("avg_pool2d", lambda: F.avg_pool2d(i4, 2)),
    ("max_pool1d", lambda: F.max_pool1d(i3, 2)), ("max_pool2d", lambda: F.max_pool2d(i4, 2)),
    ("adaptive_avg_pool1d", lambda: F.adaptive_avg_pool1d(i3, 2)), ("adaptive_avg_pool2d", lambda: F.adaptive_avg_pool2d(i4, 1)),
    ("adaptive_max_pool1d", lambda: F.adaptive_max_pool1d(i3, 2)),
    ("pad", lambda: F.pad(v, (1, 1))), ("pad reflect", lambda: F.pad(i3, (1, 1), mode="reflect")),
    ("pixel_shuffle", lambda: F.pixel_shuffle(torch.ones(1, 4, 1, 1, dtype=torch.long), 2)),
    ("unfold", lambda: F.unfold(i4, 1)), ("fold", lambda: F.fold(torch.ones(1, 1, 4, dtype=torch.long), (2, 2), 1)),
    ("interpolate", lambda: F.interpolate(i3, scale_factor=2)),
    ("mse_loss", lambda: F.mse_loss(v, v)), ("l1_loss", lambda: F.l1_loss(v, v)), ("l1_loss float target", lambda: F.l1_loss(v, f)),
    ("smooth_l1_loss", lambda: F.smooth_l1_loss(v, v)), ("huber_loss", lambda: F.huber_loss(v, v)),
    ("soft_margin_loss", lambda: F.soft_margin_loss(v, y)), ("soft_margin_loss float input", lambda: F.soft_margin_loss(f, y)),
    ("soft_margin_loss int input float target", lambda: F.soft_margin_loss(v, f)),
    ("hinge_embedding_loss", lambda: F.hinge_embedding_loss(v, y)), ("hinge_embedding_loss none", lambda: F.hinge_embedding_loss(v, y, reduction="none")),
    ("hinge_embedding_loss sum", lambda: F.hinge_embedding_loss(v, y, reduction="sum")),
    ("hinge_embedding_loss float input", lambda: F.hinge_embedding_loss(f, y)),
    ("margin_ranking_loss", lambda: F.margin_ranking_loss(v, v, y)), ("margin_ranking_loss float", lambda: F.margin_ranking_loss(f, f, y)),
    ("cosine_embedding_loss", lambda: F.cosine_embedding_loss(m, m, torch.tensor([1, -1]))),
    ("triplet_margin_loss", lambda: F.triplet_margin_loss(m, m, m)), ("poisson_nll_loss", lambda: F.poisson_nll_loss(v, v)),
    ("gaussian_nll_loss", lambda: F.gaussian_nll_loss(v, v, torch.ones(4, dtype=torch.long))),
    ("kl_div", lambda: F.kl_div(v, v)), ("nll_loss", lambda: F.nll_loss(m, torch.tensor([0, 1]))),
    ("cross_entropy", lambda: F.cross_entropy(m, torch.tensor([0, 1]))),
    ("cross_entropy uint8 target", lambda: F.cross_entropy(torch.tensor([[1., 2.], [0.5, 0.]]), torch.tensor([1, 0], dtype=torch.uint8))),
    ("cross_entropy int32 target", lambda: F.cross_entropy(torch.tensor([[1., 2.], [0.5, 0.]]), torch.tensor([1, 0], dtype=torch.int32))),
    ("nll_loss uint8 target", lambda: F.nll_loss(torch.tensor([[1., 2.], [0.5, 0.]]), torch.tensor([1, 0], dtype=torch.uint8))),
    ("binary_cross_entropy", lambda: F.binary_cross_entropy(torch.tensor([1, 0]), torch.tensor([1, 0]))),
    ("binary_cross_entropy_with_logits", lambda: F.binary_cross_entropy_with_logits(v, v)),
    ("multilabel_soft_margin_loss", lambda: F.multilabel_soft_margin_loss(m, m)),
]
for name, f_ in cases:
    try:
        r = f_()
        print(name, "->", r.dtype, r)
    except Exception as e:
        print(name, "->", type(e).__name__, e)
